import { ViewAnswer, type ViewRouteProps } from "@/components/view/view-page";

// A centre's answer (name, status, opening, closure) for the site's views without a date, in the
// layout's `@answer` slot: above the date control, which the layout keeps mounted (decision 011).
// No generateStaticParams: the view's page decides which views exist (a slot's own would be
// multiplied with the page's and the map's when the build collects them).
export default (props: ViewRouteProps) => <ViewAnswer {...props} embedded={false} />;
