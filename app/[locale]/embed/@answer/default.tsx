// No view in the address (a page outside the map's routes): no answer.
export default function NoAnswer() {
  return null;
}
