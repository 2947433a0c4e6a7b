/**
 * An element with attributes and children, for the parts drawn in plain DOM (banner, placeholders),
 * which every first visit fetches and so go without Preact. Strings become text nodes, never
 * markup: config texts are untrusted.
 */
export function h<Tag extends keyof HTMLElementTagNameMap>(tag: Tag, attributes: Readonly<Record<string, string>>, ...children: (Node | string)[]): HTMLElementTagNameMap[Tag] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A button of the interface: `data-choice` names what it does, for styles and tests alike. */
export function button(choice: string, className: string, label: string, onClick: () => void): HTMLButtonElement {
  const element = h('button', { type: 'button', class: className, 'data-choice': choice }, label);
  element.addEventListener('click', onClick);
  return element;
}
