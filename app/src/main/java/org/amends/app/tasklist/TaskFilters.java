package org.amends.app.tasklist;

import org.amends.app.casework.Area;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The tasklist's query string: which tab, the filters, the order and the page. Bound from a GET
 * form, so a filtered list can be bookmarked and works without JavaScript.
 */
public class TaskFilters {

  private String view = TaskView.MINE.param();
  private String step;
  private DueFilter due;
  private Area area;
  private PriorityBand priority;
  private String reference;
  private TaskSort sort = TaskSort.DUE_ASC;
  private Integer page = 1;

  TaskView taskView() {
    return TaskView.fromParam(view);
  }

  int pageNumber() {
    return page == null || page < 1 ? 1 : page;
  }

  TaskSort order() {
    return sort == null ? TaskSort.DUE_ASC : sort;
  }

  String normalisedReference() {
    return reference == null || reference.isBlank() ? null : reference.trim().toUpperCase();
  }

  /** This query for another tab (filters kept, back to page 1). */
  String hrefFor(TaskView other) {
    return query().replaceQueryParam("view", other.param()).replaceQueryParam("page").build().encode().toUriString();
  }

  /** This query without its page number, for the pagination links. */
  UriComponentsBuilder query() {
    UriComponentsBuilder b = UriComponentsBuilder.fromPath("/tasks").queryParam("view", taskView().param());
    if (step != null && !step.isBlank()) {
      b.queryParam("step", step);
    }
    if (due != null) {
      b.queryParam("due", due.name());
    }
    if (area != null) {
      b.queryParam("area", area.code());
    }
    if (priority != null) {
      b.queryParam("priority", priority.name());
    }
    if (normalisedReference() != null) {
      b.queryParam("reference", normalisedReference());
    }
    if (order() != TaskSort.DUE_ASC) {
      b.queryParam("sort", order().name());
    }
    return b;
  }

  /** Where to come back to after claiming or assigning from this page. */
  String here() {
    return query().replaceQueryParam("page", pageNumber()).build().encode().toUriString();
  }

  public String getView() {
    return view;
  }

  public void setView(String view) {
    this.view = view;
  }

  public String getStep() {
    return step;
  }

  public void setStep(String step) {
    this.step = step;
  }

  public DueFilter getDue() {
    return due;
  }

  public void setDue(DueFilter due) {
    this.due = due;
  }

  public Area getArea() {
    return area;
  }

  public void setArea(Area area) {
    this.area = area;
  }

  public PriorityBand getPriority() {
    return priority;
  }

  public void setPriority(PriorityBand priority) {
    this.priority = priority;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public TaskSort getSort() {
    return sort;
  }

  public void setSort(TaskSort sort) {
    this.sort = sort;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
