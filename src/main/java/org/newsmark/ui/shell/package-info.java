/**
 * The window: {@code MainWindow} puts the article, dataset and team views together, with the menus,
 * the one keymap for every focus, the status bar, the theme, the window layout and the preferences,
 * and {@code WindowLauncher} starts it.
 */
package org.newsmark.ui.shell;
