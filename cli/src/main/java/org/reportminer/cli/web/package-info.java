/** The web workbench ({@code reportminer serve}): routes, guards and view models over the use cases of {@code cli.app}. */
package org.reportminer.cli.web;
