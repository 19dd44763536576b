/** Files written whole or not at all, for every layer that writes one (the CLI's exports and plans, the sim's state). */
package io.vbaws.files;
