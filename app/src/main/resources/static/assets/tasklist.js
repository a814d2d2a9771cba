// The task page: renders the task's Camunda form with form-js and posts its answers as JSON in an
// ordinary form, so the server checks them again. Without JavaScript the page offers the task's
// details instead (see the <noscript> message).
const root = document.getElementById('task-form')
const completion = document.getElementById('task-completion')

function parse (text, fallback) {
  try {
    return text ? JSON.parse(text) : fallback
  } catch (e) {
    return fallback
  }
}

// form-js gives each field the id "fjs-form-<form id>-<field id>[_<item index>]"
function fieldElement (form, anchor) {
  return document.getElementById('fjs-form-' + form._id + '-' + anchor)
}

// The server's error summary names form fields by id: point its links at the rendered fields.
function linkSummary (form) {
  document.querySelectorAll('.govuk-error-summary a[data-field]').forEach(link => {
    const element = fieldElement(form, link.dataset.field)
    if (element) {
      link.setAttribute('href', '#' + element.id)
    }
  })
}

function labelOf (element, fallback) {
  const label = element && document.querySelector('label[for="' + element.id + '"]')
  return (label ? label.textContent : fallback).replace(/\*$/, '').trim()
}

// form-js shows each message by its field; the GOV.UK error summary lists them all at the top.
function showSummary (form, errors) {
  const items = []
  Object.entries(errors).forEach(([id, value]) => {
    if (Array.isArray(value)) {
      items.push({ anchor: id, messages: value })
    } else if (value && typeof value === 'object') {
      Object.entries(value).forEach(([index, messages]) => items.push({ anchor: id + '_' + index, messages }))
    }
  })
  const previous = document.getElementById('form-error-summary')
  if (previous) {
    previous.remove()
  }
  const summary = document.createElement('div')
  summary.className = 'govuk-error-summary'
  summary.id = 'form-error-summary'
  summary.tabIndex = -1
  const alert = document.createElement('div')
  alert.setAttribute('role', 'alert')
  const title = document.createElement('h2')
  title.className = 'govuk-error-summary__title'
  title.textContent = 'There is a problem'
  const list = document.createElement('ul')
  list.className = 'govuk-list govuk-error-summary__list'
  items.forEach(({ anchor, messages }) => {
    const element = fieldElement(form, anchor)
    const item = document.createElement('li')
    const link = document.createElement('a')
    link.href = '#' + (element ? element.id : 'task-form')
    link.textContent = labelOf(element, 'This question') + ': ' + messages.join(' ')
    item.appendChild(link)
    list.appendChild(item)
  })
  const body = document.createElement('div')
  body.className = 'govuk-error-summary__body'
  body.appendChild(list)
  alert.append(title, body)
  summary.appendChild(alert)
  document.getElementById('main-content').prepend(summary)
  document.title = document.title.startsWith('Error: ') ? document.title : 'Error: ' + document.title
  summary.focus()
}

if (root && completion && window.FormViewer) {
  const schema = parse(root.dataset.schema, null)
  const data = parse(root.dataset.data, {})
  const serverErrors = parse(root.dataset.errors, {})
  const form = new window.FormViewer.Form({ container: root })
  form.importSchema(schema, data).then(() => {
    completion.hidden = false
    if (Object.keys(serverErrors).length > 0) {
      // the server found these: show them by their fields as form-js shows its own
      form._setState({ errors: serverErrors })
    }
    linkSummary(form)
    completion.addEventListener('submit', event => {
      const result = form.submit()
      if (Object.keys(result.errors).length > 0) {
        event.preventDefault()
        showSummary(form, result.errors)
        return
      }
      document.getElementById('task-data').value = JSON.stringify(result.data)
    })
  }).catch(() => {
    const message = document.createElement('p')
    message.className = 'govuk-body'
    message.textContent = 'The form could not be shown. Reload the page, or see the task’s details instead.'
    root.appendChild(message)
  })
}
