// The specification's SHUT_* names, valued on every platform (Windows' headers call them SD_*).
import { SHUT } from "./platform/seam.js";

/** shutdown(): no more receives. */
export const SHUT_RD: number = SHUT.RD;
/** shutdown(): no more sends. */
export const SHUT_WR: number = SHUT.WR;
/** shutdown(): neither. */
export const SHUT_RDWR: number = SHUT.RDWR;
