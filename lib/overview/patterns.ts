/** Lines that look like errors in the formats clusters write (JSON/logfmt level, klog E-lines, panics). Pure. */
export const ERROR_LINE_PATTERN = '(?i)(level"?[=:]"?(error|fatal|crit)|\\berror\\b|\\bpanic\\b|^E\\d{4} )';
