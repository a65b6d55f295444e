/**
 * The JavaFX workbench. Views are thin: they build controls, bind them to a view-model's
 * properties and forward user events. View-models hold the state and call the {@code app} use
 * cases; they are tested without a window.
 */
package org.newsmark.ui;
