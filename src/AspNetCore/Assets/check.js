// The check page's script (served from the package: the page's policy runs no inline script).
// It posts the form itself so the admin sees each probe finish: the answer is a stream of
// server-sent events, "progress" per result and one "result" holding the result's HTML, which the
// server encoded. Without this script the form posts as usual and the answer is the whole page.
'use strict';

document.addEventListener('DOMContentLoaded', () => {
  const form = document.getElementById('check-form');
  if (!form || !window.fetch || !window.TextDecoder) {
    return;
  }

  const area = document.getElementById('progress-area');
  const bar = document.getElementById('progress');
  const status = document.getElementById('progress-text');
  const result = document.getElementById('result-area');
  const button = form.querySelector('button[type="submit"]');

  const showResult = (html) => {
    result.innerHTML = html;
    const heading = document.getElementById('result-heading');
    if (heading) {
      // Keyboard and screen reader users land on the result, not back at the top.
      heading.focus();
    }
  };

  const showProblem = (text) => {
    const section = document.createElement('section');
    section.id = 'result';
    section.setAttribute('role', 'alert');
    const heading = document.createElement('h2');
    heading.id = 'result-heading';
    heading.tabIndex = -1;
    heading.textContent = 'Not checked';
    const paragraph = document.createElement('p');
    paragraph.textContent = text;
    section.append(heading, paragraph);
    result.replaceChildren(section);
    heading.focus();
  };

  const onEvent = (type, data) => {
    const payload = JSON.parse(data);
    if (type === 'progress') {
      bar.max = payload.total;
      bar.value = payload.completed;
      status.textContent = `${payload.completed} of ${payload.total} checked (${payload.latest})`;
    } else if (type === 'result') {
      status.textContent = 'Done.';
      showResult(payload.html);
    }
  };

  const readEvents = async (body) => {
    const reader = body.getReader();
    const decoder = new TextDecoder();
    let buffer = '';
    for (;;) {
      const { value, done } = await reader.read();
      if (done) {
        return;
      }

      buffer += decoder.decode(value, { stream: true }).replace(/\r\n/g, '\n');
      let end;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        let type = 'message';
        const data = [];
        for (const line of block.split('\n')) {
          if (line.startsWith('event:')) {
            type = line.slice(6).trim();
          } else if (line.startsWith('data:')) {
            data.push(line.slice(5).replace(/^ /, ''));
          }
        }

        if (data.length > 0) {
          onEvent(type, data.join('\n'));
        }
      }
    }
  };

  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    button.disabled = true;
    result.replaceChildren();
    area.hidden = false;
    bar.removeAttribute('value');
    status.textContent = 'Asking your Aeries…';
    try {
      const response = await fetch(form.action, {
        method: 'POST',
        body: new URLSearchParams(new FormData(form)),
        headers: { Accept: 'text/event-stream' },
        credentials: 'same-origin',
      });
      const type = response.headers.get('content-type') || '';
      if (!response.ok || !type.startsWith('text/event-stream')) {
        status.textContent = '';
        showProblem(await response.text() || `The page answered ${response.status}.`);
        return;
      }

      await readEvents(response.body);
    } catch (error) {
      status.textContent = '';
      showProblem(`The check could not be finished (${error.message}). Try again.`);
    } finally {
      button.disabled = false;
    }
  });
});
