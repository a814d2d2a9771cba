// The task page's form (templates/tasklist/task.html) is drawn and checked on the server and works
// without JavaScript. This only shows and hides its fields as answers change: each component's
// FEEL condition (data-hide, from the form's conditional.hide) is evaluated again in the browser
// with @bpmn-io/feelin, on the task's data and the answers given so far, as the server does.
import { evaluate } from '@bpmn-io/feelin'

const form = document.getElementById('task-form')

function parse (text) {
  try {
    return text ? JSON.parse(text) : {}
  } catch (e) {
    return {}
  }
}

// "actions[0].description" → ['actions', 0, 'description']
function pathOf (name) {
  return name.split('.').flatMap(part => {
    const list = part.match(/^(.+)\[(\d+)\]$/)
    return list ? [list[1], Number(list[2])] : [part]
  })
}

function put (data, path, value) {
  let current = data
  path.slice(0, -1).forEach((part, i) => {
    if (current[part] === undefined) {
      current[part] = typeof path[i + 1] === 'number' ? [] : {}
    }
    current = current[part]
  })
  current[path[path.length - 1]] = value
}

function valueAt (data, path) {
  return path.reduce((current, part) => (current == null ? undefined : current[part]), data)
}

// an option's value as the form gave it: booleans and numbers are written as text in the page
function typed (text) {
  if (text === 'true' || text === 'false') {
    return text === 'true'
  }
  return /^-?\d+(\.\d+)?$/.test(text) ? Number(text) : text
}

function pad (text, length) {
  return String(text).trim().padStart(length, '0')
}

// The answers given so far, shaped as the server reads them (dates as yyyy-MM-dd).
function answers () {
  const data = {}
  const dates = {}
  const lists = {}
  Array.from(form.elements).forEach(element => {
    const name = element.name
    if (!name || element.type === 'submit' || element.type === 'hidden' || name.startsWith('_')) {
      return
    }
    const part = name.match(/^(.+)-(day|month|year|time)$/)
    if (part) {
      dates[part[1]] = Object.assign(dates[part[1]] || {}, { [part[2]]: element.value })
    } else if (element.type === 'checkbox') {
      const boxes = form.querySelectorAll('input[type=checkbox][name="' + CSS.escape(name) + '"]')
      if (boxes.length === 1 && element.value === 'true') {
        put(data, pathOf(name), element.checked)
      } else {
        lists[name] = (lists[name] || []).concat(element.checked ? [typed(element.value)] : [])
      }
    } else if (element.type === 'radio') {
      if (element.checked) {
        put(data, pathOf(name), typed(element.value))
      }
    } else if (element.value !== '') {
      put(data, pathOf(name), element.tagName === 'SELECT' ? typed(element.value) : element.value)
    }
  })
  Object.entries(lists).forEach(([name, values]) => put(data, pathOf(name), values))
  Object.entries(dates).forEach(([name, { day, month, year }]) => {
    if (day && month && /^\d{4}$/.test(year || '')) {
      put(data, pathOf(name), year + '-' + pad(month, 2) + '-' + pad(day, 2))
    }
  })
  return data
}

function hidden (expression, context, was) {
  try {
    return evaluate(expression.replace(/^\s*=/, ''), context).value === true
  } catch (e) {
    return was // an expression the browser cannot read: leave it as the server drew it
  }
}

function update (taskData) {
  const given = answers()
  form.querySelectorAll('[data-hide]').forEach(component => {
    const context = Object.assign({}, taskData, given)
    const item = component.closest('[data-scope]')
    if (item) {
      Object.assign(context, valueAt(given, pathOf(item.dataset.scope.replace(/\.$/, ''))) || {})
    }
    component.hidden = hidden(component.dataset.hide, context, component.hidden)
  })
}

if (form) {
  const taskData = parse(form.dataset.context)
  form.addEventListener('input', () => update(taskData))
  form.addEventListener('change', () => update(taskData))
}
