// Required beside the slot's pages (Next renders it when the slot has no page for a route);
// `[[...view]]` matches every view, so nothing shows it in practice.
export default function NoAnswer() {
  return null;
}
