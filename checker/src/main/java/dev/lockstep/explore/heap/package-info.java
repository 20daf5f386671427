/** Memory cells of an exploration (objects, members, elements as dense location ids) and pointer values encoded as longs. */
package dev.lockstep.explore.heap;
