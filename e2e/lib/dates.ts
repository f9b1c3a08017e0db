import type { Locator, Page } from "@playwright/test";

// A map page carries every state and shows one (decision 012): read what is shown, not what the
// DOM holds. Hidden variants are display:none, so `:visible` picks the state's.

/** The notice's sentences shown (the state's, and why a requested date was moved or ignored). */
export const notice = (page: Page): Locator => page.getByTestId("asof-notice").locator("p:visible");

/** The status badges shown in `scope` (one per centre). */
export const statusShown = (scope: Locator): Locator => scope.locator("[data-status]:visible");

/** A drawn-map marker's status shown (its accessible name's part). */
export const markerStatus = (marker: Locator): Locator => marker.locator("[data-marker-status]:visible");

/** The "after the date shown" mark of an event or list item: visible while it is still to come. */
export const laterMark = (item: Locator): Locator => item.locator("[data-later-tag]");
