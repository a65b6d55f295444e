/**
 * The JavaFX workbench. Views are thin: they build controls, bind them to a view-model's
 * properties and forward user events. View-models hold the state and call the {@code app} use
 * cases; they are tested without a window.
 *
 * <p>This package itself holds only the small parts every view shares (label colours, plurals, dialog
 * parts, file choosers, after-frame callbacks). The features live below it: {@code article} (the
 * article, its spans, quotes, search and suggestions), {@code datasets} (import and export dialogs),
 * {@code team} (layers, agreement, curation, statistics), and {@code shell}, the window that puts
 * them together with the menus, the one keymap, the status bar, the theme and the preferences.
 * Features never depend on the shell (an ArchUnit rule says so).
 */
package org.newsmark.ui;
