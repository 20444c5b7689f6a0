import { useLocation } from 'preact-iso';
import { NAV } from './routes';

/** Navigation to every area; the current one is marked for screen readers and by sight. */
export function MainNav() {
  const { path } = useLocation();
  return (
    <nav class="main-nav" aria-label="Main">
      <ul>
        {NAV.map((item) => {
          const current = item.href === '/' ? path === '/' : path.startsWith(item.href);
          return (
            <li key={item.href}>
              <a href={item.href} aria-current={current ? 'page' : undefined}>
                {item.label}
              </a>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
