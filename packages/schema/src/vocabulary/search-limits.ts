/**
 * Words typed into a search box. Apart from the other lengths: the register's search box states it
 * on every page that shows the register, the others only forms loaded on first use need.
 */
export const searchQueryMax = 200;
