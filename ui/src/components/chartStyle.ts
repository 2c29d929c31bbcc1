/**
 * Shared settings of the app's charts. Every chart repeats a table beside it and is hidden from
 * assistive technology, so recharts' keyboard layer is off (a focusable SVG inside `aria-hidden`
 * traps keyboard users on something a screen reader does not announce; axe `aria-hidden-focus`).
 */
export const hiddenChartProps = { accessibilityLayer: false } as const;

/**
 * Tooltip entries in the text colour: recharts colours them as their series, and a light series
 * (e.g. a pale blue) on the tooltip's white is unreadable (contrast 1.8:1; WCAG 1.4.3 asks 4.5:1).
 */
export const readableTooltipItemStyle = { color: "var(--text)" } as const;

/**
 * The bar colours, each at least 3:1 against the white background (WCAG 1.4.11, graphical objects):
 * blue 7.8:1, orange 4.6:1, green 5.6:1, and blue beside orange tells the series apart without
 * relying on red and green.
 */
export const seriesColours = { blue: "#0b5394", orange: "#b45f06", green: "#38761d" } as const;
