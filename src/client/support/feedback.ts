/**
 * The feedback widget with JavaScript (loaded on first submit): posts the
 * answer as JSON in the background and shows the thank-you note in place. If
 * the receiver cannot be reached, the form posts itself the plain way.
 */
export async function send(form: HTMLFormElement, submitter: HTMLButtonElement | null): Promise<void> {
  const data = new FormData(form, submitter);
  const helpful = data.get('helpful') === 'yes';
  const reason = data.get('reason');
  const comment = String(data.get('comment') ?? '').trim();
  const body = { page: data.get('page'), helpful, ...(!helpful && reason ? { reason } : {}), ...(comment ? { comment } : {}) };
  const error = form.querySelector<HTMLElement>('[data-feedback-error]')!;
  let response: Response;
  try {
    response = await fetch(form.action, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), credentials: 'omit' });
  } catch {
    form.dataset.native = '';
    return form.requestSubmit(submitter);
  }
  if (!response.ok) {
    const reply = (await response.json().catch(() => ({}))) as { error?: string };
    error.textContent = `Sorry, your feedback was not sent${reply.error ? `: ${reply.error}` : ''}. Please try again later.`;
    return;
  }
  const section = form.closest<HTMLElement>('.feedback')!;
  section.dataset.sent = '';
  // The form is gone, and focus with it: moving focus to the note reads it out.
  section.querySelector<HTMLElement>('.feedback-thanks')?.focus();
}
