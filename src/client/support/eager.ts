/**
 * Copy buttons and the feedback form: only these listeners load with the
 * page; the code behind them is fetched on first use (budget: ~0.7 KB gzip).
 */
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-copy]');
  if (button) void import('./copy.ts').then((module) => module.copy(button));
});

document.addEventListener('submit', (event) => {
  const form = event.target as HTMLFormElement;
  // data-native: the background post failed, so the form posts itself as it would without JavaScript.
  if (!form.matches('form[data-feedback]:not([data-native])')) return;
  event.preventDefault();
  const submitter = event.submitter as HTMLButtonElement | null;
  void import('./feedback.ts').then((module) => module.send(form, submitter));
});
