/** Test support shared by every module's tests through corpus's test jar: where the shared test data lives. */
package org.reportminer.corpus.testing;
