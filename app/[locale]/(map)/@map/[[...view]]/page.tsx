import { ViewMap, type ViewRouteProps, viewStaticParams } from "@/components/view/view-page";

// The map drawn on the server for the site's views without a date, in the layout's map region
// (a parallel route: the map comes before the panel in the page, as on screen; decision 009).
export const dynamicParams = false;
export const generateStaticParams = () => viewStaticParams({ embedded: false });
export default (props: ViewRouteProps) => <ViewMap {...props} embedded={false} />;
