// No view in the address (a page outside the map's routes): no drawn map.
export default function NoMap() {
  return null;
}
