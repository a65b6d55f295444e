/** The Dataset menu and its import and export dialogs, each with a view-model tested without a window. */
package org.newsmark.ui.datasets;
