import type { RegistryEntry } from '@portal/module-kit';
import { Tile, useLanguage } from '@portal/shared-ui';

// Emergency services get the red badge so they stand out on the grid.
const URGENT_ICONS = new Set(['phone', 'alert', 'fire', 'ambulance', 'police']);

/** One tile per module, named in the current language, linking to /m/<id>. */
export function ModuleGrid({ modules }: { modules: readonly RegistryEntry[] }) {
  const { language } = useLanguage();
  return (
    <ul className="shell-grid">
      {modules.map((module) => (
        <li key={module.id}>
          <Tile
            href={`/m/${module.id}`}
            icon={module.icon}
            label={module.names[language]}
            tone={URGENT_ICONS.has(module.icon) ? 'danger' : 'primary'}
          />
        </li>
      ))}
    </ul>
  );
}
