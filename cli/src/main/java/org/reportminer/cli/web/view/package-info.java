/** View models of the workbench's pages: plain records the JTE templates read, built from use-case outcomes. */
package org.reportminer.cli.web.view;
