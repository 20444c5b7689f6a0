import type { Checklist, ChecklistItem, ChecklistPhase } from '../../domain/checklist';
import { countProgress } from '../../domain/checklist-progress';
import { FormError } from '../../ui/FormError';

/** Props of the checklists. */
export interface ChecklistsProps {
  lists: readonly Checklist[];
  ticked: readonly string[];
  /** The list that is due now, given the session date. */
  due: ChecklistPhase;
  onToggle(itemId: string, on: boolean): void;
  error: string | null;
}

function ItemLink({ item }: { item: ChecklistItem }) {
  const href = item.ruleId ? `/learn/rule/${item.ruleId}` : item.readingId ? `/learn/${item.readingId}` : null;
  if (!href) return null;
  const label = item.ruleId ? 'Why this matters' : 'Read more';
  // The visible words start the accessible name, which adds the item so each link says where it leads.
  return (
    <a class="checklist__why" href={href} aria-label={`${label}: ${item.text}`}>
      {label}
    </a>
  );
}

/** The three checklists with a tick box per item; each tick is saved at once. */
export function ChecklistsCard({ lists, ticked, due, onToggle, error }: ChecklistsProps) {
  const tickedSet = new Set(ticked);
  const all = countProgress(lists, ticked);
  return (
    <section aria-labelledby="checklists-title">
      <h2 id="checklists-title">Checklists</h2>
      <p class="muted" role="status">
        {all.done} of {all.total} done. Each tick is saved as you go.
      </p>
      <FormError message={error} />
      {lists.map((list) => {
        const progress = countProgress([list], ticked);
        const headingId = `list-${list.phase}`;
        return (
          <fieldset key={list.phase} class="card checklist" aria-describedby={`${headingId}-when`}>
            <legend>
              <h3 id={headingId}>
                {list.title}
                {list.phase === due ? <span class="checklist__due"> (now)</span> : null}
              </h3>
            </legend>
            <p id={`${headingId}-when`} class="muted">
              {list.when} {progress.done} of {progress.total} done.
            </p>
            <ul class="list-plain">
              {list.items.map((item) => (
                <li key={item.id} class="checklist__item">
                  <label class="choice">
                    <input
                      type="checkbox"
                      checked={tickedSet.has(item.id)}
                      onChange={(e) => onToggle(item.id, e.currentTarget.checked)}
                    />
                    <span>{item.text}</span>
                  </label>
                  {item.detail ? <p class="field__hint checklist__detail">{item.detail}</p> : null}
                  <ItemLink item={item} />
                </li>
              ))}
            </ul>
          </fieldset>
        );
      })}
    </section>
  );
}
