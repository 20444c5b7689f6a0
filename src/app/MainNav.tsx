import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { NavItem } from '../ui/feature-route';
import { NAV_BAR, NAV_MORE } from './routes';

const MORE_LIST_ID = 'main-nav-more';
const HERE_ID = 'main-nav-here';

/** Whether the item is the area the person is in ("/" only for the home screen itself). */
function isCurrent(item: NavItem, path: string): boolean {
  return item.href === '/' ? path === '/' : path === item.href || path.startsWith(`${item.href}/`);
}

/**
 * The bottom navigation: a few areas in the bar and the rest in a list under More, so every area is in view on a
 * 360 px phone. When the current area is under More, the More button says which it is, so the place a person is in
 * is always visible. More is a disclosure button: Escape or a tap outside closes it, and Escape hands focus back.
 */
export function MainNav() {
  const { path } = useLocation();
  const [open, setOpen] = useState(false);
  const nav = useRef<HTMLElement>(null);
  const more = useRef<HTMLButtonElement>(null);
  const hereInMore = NAV_MORE.find((item) => isCurrent(item, path));

  // Choosing an area (or any other change of page) closes the list.
  useEffect(() => setOpen(false), [path]);
  // A layout effect, so the outside-tap listener is there as soon as the list is shown: a plain effect waits for the
  // next frame, which a fast tap (or a throttled background tab) can beat.
  useLayoutEffect(() => {
    if (!open) return;
    const onPointer = (event: PointerEvent) => {
      if (event.target instanceof Node && !nav.current?.contains(event.target)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointer);
    return () => document.removeEventListener('pointerdown', onPointer);
  }, [open]);
  // Escape is handled on the navigation itself, where focus is while the list is open, so no listener has to be
  // added first and a key pressed straight after opening is never missed.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    event.preventDefault();
    setOpen(false);
    more.current?.focus();
  };

  return (
    <nav class={open ? 'main-nav is-open' : 'main-nav'} aria-label="Main" ref={nav} onKeyDown={onKeyDown}>
      <ul class="main-nav__bar">
        {NAV_BAR.map((item) => (
          <li key={item.href}>
            <NavLink item={item} current={isCurrent(item, path)} />
          </li>
        ))}
        <li>
          <button
            type="button"
            ref={more}
            class={hereInMore ? 'main-nav__more is-current' : 'main-nav__more'}
            aria-expanded={open}
            aria-controls={MORE_LIST_ID}
            aria-describedby={hereInMore ? HERE_ID : undefined}
            onClick={() => setOpen(!open)}
          >
            More
            {hereInMore ? <span class="main-nav__here">{hereInMore.label}</span> : null}
          </button>
        </li>
      </ul>
      {hereInMore ? (
        <span id={HERE_ID} class="visually-hidden">
          You are in {hereInMore.label}, under More.
        </span>
      ) : null}
      <ul class="main-nav__list" id={MORE_LIST_ID} hidden={!open}>
        {NAV_MORE.map((item) => (
          <li key={item.href}>
            <NavLink item={item} current={isCurrent(item, path)} onClick={() => setOpen(false)} />
          </li>
        ))}
      </ul>
    </nav>
  );
}

function NavLink({ item, current, onClick }: { item: NavItem; current: boolean; onClick?: () => void }) {
  return (
    <a href={item.href} aria-current={current ? 'page' : undefined} onClick={onClick}>
      {item.label}
    </a>
  );
}
