/**
 * Deliberate violations of the module rules of {@code ModuleGraphTest}, one per rule, and one class
 * that breaks none: each rule is shown to fail on its violation. Test sources only; nothing uses them.
 */
package org.skycrane.cli.archfixture;
