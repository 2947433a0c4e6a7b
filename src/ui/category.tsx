import type { ResolvedCategory, ResolvedService } from '../types';
import type { I18n } from './i18n';
import { Service } from './service';
import { Toggle } from './toggle';

/** One category: a switch for all its services, and each service with its own switch. */
export function Category(props: {
  category: ResolvedCategory;
  services: readonly ResolvedService[];
  draft: Readonly<Record<string, boolean>>;
  i18n: I18n;
  onChange: (changes: Record<string, boolean>) => void;
}) {
  const { category, services, draft, i18n, onChange } = props;
  const id = `einlass-category-${category.name}`;
  const on = services.filter((s) => draft[s.name]).length;
  const checked = category.required || (services.length > 0 ? on === services.length : draft[category.name] === true);
  return (
    <li class="category">
      <div class="row">
        <div>
          <h3 id={id}>{i18n.text(category.title)}</h3>
          {category.required && <span class="always">{i18n.t('alwaysOn')}</span>}
        </div>
        <Toggle
          checked={checked}
          locked={category.required}
          labelledBy={id}
          onChange={(value) => {
            const changes: Record<string, boolean> = { [category.name]: value };
            for (const s of services) changes[s.name] = value;
            onChange(changes);
          }}
        />
      </div>
      {category.description && <p class="description">{i18n.text(category.description)}</p>}
      {services.length > 0 && (
        <>
          <p class="count">{i18n.t('servicesOn', { on: category.required ? services.length : on, count: services.length })}</p>
          <ul class="services">
            {services.map((service) => (
              <Service
                key={service.name}
                service={service}
                locked={category.required}
                checked={category.required || draft[service.name] === true}
                i18n={i18n}
                onChange={(value) => {
                  onChange({ [service.name]: value });
                }}
              />
            ))}
          </ul>
        </>
      )}
    </li>
  );
}
