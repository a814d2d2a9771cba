// The problems panel: one line per lint report, errors first; choosing one selects the element.
export function renderProblems(panel, reports, show) {
  const errors = reports.filter(r => r.category === 'error');
  const warnings = reports.filter(r => r.category !== 'error');
  panel.replaceChildren();
  const heading = document.createElement('h2');
  heading.className = 'govuk-heading-m';
  heading.textContent = 'Problems';
  panel.append(heading);
  const summary = document.createElement('p');
  summary.className = 'govuk-body';
  summary.id = 'problem-count';
  summary.textContent = count(errors.length, 'error') + ', ' + count(warnings.length, 'warning')
    + (errors.length ? '. A diagram with errors cannot be deployed.' : '.');
  panel.append(summary);
  if (!reports.length) {
    return;
  }
  const list = document.createElement('ul');
  list.className = 'govuk-list amends-problems';
  for (const report of [ ...errors, ...warnings ]) {
    const item = document.createElement('li');
    const tag = document.createElement('strong');
    tag.className = report.category === 'error' ? 'govuk-tag govuk-tag--red' : 'govuk-tag govuk-tag--yellow';
    tag.textContent = report.category === 'error' ? 'Error' : 'Warning';
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'amends-link-button govuk-link';
    button.dataset.element = report.id;
    button.textContent = (report.name || report.id) + ': ' + report.message;
    button.addEventListener('click', () => show(report));
    item.append(tag, ' ', button);
    list.append(item);
  }
  panel.append(list);
}

function count(n, word) {
  return n + ' ' + word + (n === 1 ? '' : 's');
}
