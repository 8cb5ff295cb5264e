/** The reader's colour theme: their explicit choice, or the system's when they made none. */
export type ThemePreference = 'system' | 'light' | 'dark';
export type Theme = 'light' | 'dark';

export const themeStorageKey = 'loyalty-lab:theme';

export function parseThemePreference(value: unknown): ThemePreference {
  return value === 'light' || value === 'dark' ? value : 'system';
}

export function effectiveTheme(preference: ThemePreference, systemPrefersDark: boolean): Theme {
  if (preference === 'system') return systemPrefersDark ? 'dark' : 'light';
  return preference;
}

/** The header button flips what the reader sees, and so records an explicit choice. */
export function flippedTheme(current: Theme): Theme {
  return current === 'dark' ? 'light' : 'dark';
}
