/** Appends a new element to `parent`, with attributes and text content (text, never HTML). */
export function appendElement<K extends keyof HTMLElementTagNameMap>(parent: HTMLElement, tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = parent.appendChild(document.createElement(tag));
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}
