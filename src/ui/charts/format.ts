/** Number formats shared by axes, tooltips and text alternatives. */
import { format } from "d3";

/** 0.1234 -> "12.3%". */
export const formatShare = format(".1%");
/** Axis ticks: 0.25 -> "25%". */
export const formatShareTick = format(".0%");
/** 12345 -> "12,345". */
export const formatCount = format(",d");
/** Thresholds and shifts: 0.12 -> "0.12". */
export const formatThreshold = format(".2f");
/** A shift of thresholds with its sign: -0.12 -> "−0.12". */
export const formatShift = format("+.2f");
