package org.amends.app.referral.web;

import java.util.List;
import org.amends.app.areas.ChoiceList;
import org.amends.app.areas.ServiceChoices;
import org.amends.app.web.Option;

/**
 * The areas and referral sources intake accepts now: the service's own, less the retired ones.
 * Read once per request, so every check and every radio of a page agree.
 */
record OfferedChoices(List<Option> areas, List<Option> sources) {

  static OfferedChoices from(ServiceChoices choices) {
    return new OfferedChoices(choices.offeredOptions(ChoiceList.AREAS), choices.offeredOptions(ChoiceList.SOURCES));
  }

  boolean offersArea(String code) {
    return has(areas, code);
  }

  boolean offersSource(String code) {
    return has(sources, code);
  }

  List<String> areaCodes() {
    return areas.stream().map(Option::value).toList();
  }

  List<String> sourceCodes() {
    return sources.stream().map(Option::value).toList();
  }

  private static boolean has(List<Option> options, String code) {
    return code != null && options.stream().anyMatch(o -> o.value().equals(code));
  }
}
