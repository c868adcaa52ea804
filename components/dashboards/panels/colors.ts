/**
 * Grafana's named colours (the `dark` theme's palette, which matches Lantern's dark UI) and a guard that lets only
 * plain colour syntax through: colours come from imported JSON and end up in style attributes, where `url(...)`
 * or an expression must never reach.
 */
const HUES: Record<string, [superLight: string, light: string, base: string, semiDark: string, dark: string]> = {
  red: ['#FFA6B0', '#FF7383', '#F2495C', '#E02F44', '#C4162A'],
  orange: ['#FFCB7D', '#FFB357', '#FF9830', '#FF780A', '#FA6400'],
  yellow: ['#FFF899', '#FFEE52', '#FADE2A', '#F2CC0C', '#E0B400'],
  green: ['#C8F2C2', '#96D98D', '#73BF69', '#56A64B', '#37872D'],
  blue: ['#C0D8FF', '#8AB8FF', '#5794F2', '#3274D9', '#1F60C4'],
  purple: ['#DEB6F2', '#CA95E5', '#B877D9', '#A352CC', '#8F3BB8'],
};

const NAMED: Record<string, string> = (() => {
  const out: Record<string, string> = {
    // Grafana's theme-relative names map onto Lantern's own variables.
    text: 'var(--text)',
    transparent: 'transparent',
    white: '#FFFFFF',
    black: '#000000',
  };
  for (const [hue, [superLight, light, base, semiDark, dark]] of Object.entries(HUES)) {
    out[`super-light-${hue}`] = superLight;
    out[`light-${hue}`] = light;
    out[hue] = base;
    out[`semi-dark-${hue}`] = semiDark;
    out[`dark-${hue}`] = dark;
  }
  return out;
})();

const HEX = /^#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i;
const FUNC = /^(?:rgba?|hsla?)\(\s*[-\d.%]+(?:\s*[,\s/]\s*[-\d.%]+){2,3}\s*\)$/i;
const CSS_NAME = /^[a-z]{3,24}$/i;

/**
 * A Grafana colour (`green`, `semi-dark-orange`, `#73BF69`, `rgba(237, 129, 40, 0.89)`) as a CSS colour, or
 * `fallback` when it is not a colour this accepts. Plain CSS colour keywords (`steelblue`) pass through.
 */
export function cssColor(name: string | undefined | null, fallback = 'var(--text)'): string {
  if (!name) return fallback;
  const c = name.trim();
  const named = NAMED[c.toLowerCase()];
  if (named) return named;
  if (HEX.test(c) || FUNC.test(c) || CSS_NAME.test(c)) return c;
  return fallback;
}
