import { useParams } from "react-router";
import { useSession } from "../../auth/AuthContext";

/**
 * Whose Kartta this is: the client in the address (`/kartta/:clientId`, a guardian's child) or the
 * signed-in client. The hub decides whether the viewer may read it; the view only asks.
 */
export function useKarttaClient(): { clientId: string; isOwn: boolean; viewerId: string } {
  const { viewer } = useSession();
  const { clientId } = useParams();
  const id = clientId ?? viewer.id;
  return { clientId: id, isOwn: id === viewer.id, viewerId: viewer.id };
}

/** The base of this Kartta's pages (`/kartta` for one's own, `/kartta/<child>` for a child's). */
export function karttaBase(clientId: string, isOwn: boolean): string {
  return isOwn ? "/kartta" : `/kartta/${clientId}`;
}
