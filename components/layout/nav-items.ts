export interface NavItem {
  href: string;
  label: string;
  /** Stable id for tests: `nav-${id}`. */
  id: string;
}

export const NAV_ITEMS: readonly NavItem[] = [
  { href: '/', label: 'Overview', id: 'overview' },
  { href: '/dashboards', label: 'Dashboards', id: 'dashboards' },
  { href: '/explore', label: 'Explore', id: 'explore' },
  { href: '/logs', label: 'Logs', id: 'logs' },
  { href: '/pods', label: 'Pods', id: 'pods' },
  { href: '/workloads', label: 'Workloads', id: 'workloads' },
  { href: '/nodes', label: 'Nodes', id: 'nodes' },
];

/** Whether `pathname` (without base path, as usePathname returns it) is within the nav item's section. */
export function isActive(href: string, pathname: string): boolean {
  if (href === '/') return pathname === '/';
  return pathname === href || pathname.startsWith(`${href}/`);
}
