import { ViewMap, type ViewRouteProps } from "@/components/view/view-page";

// The map drawn on the server for the embeds' dated views, rendered per request.
export const dynamic = "force-dynamic";
export default (props: ViewRouteProps) => <ViewMap {...props} embedded />;
