/**
 * Terrain-relative navigation, flight software: the Lander Vision System's map matching and Safe
 * Target Selection. Pitfall: it reads only descent images, its onboard maps (orbital orthoimages and
 * the safe-targets map) and the navigation's belief; the true terrain never reaches it, and the maps
 * are deliberately not copies of what the camera sees.
 */
package org.skycrane.gnc.trn;
