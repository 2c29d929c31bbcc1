// Starts GraphiQL on the IDE page (gateway/src/ide/ideRoute.ts). Plain browser JavaScript, loaded
// after the React, ReactDOM and GraphiQL UMD bundles, which define the globals used here. The
// page's CSP allows scripts from this origin only, so this file holds everything the page runs.
/* global React, ReactDOM, GraphiQL */
"use strict";

(function startIde() {
  const settings = JSON.parse(document.getElementById("silta-ide-settings").textContent);
  const tokens = settings.tokens;
  const users = document.getElementById("silta-users");
  const root = ReactDOM.createRoot(document.getElementById("graphiql"));
  let selected = tokens[0];

  const defaultQuery = [
    "# Silta's GraphQL IDE, served by the gateway from this project's own files (nothing is loaded from elsewhere).",
    tokens.length > 0
      ? "# The user picked above is who you are: their development token is sent as `Authorization: Bearer …`."
      : '# Put a token in the Headers pane: { "authorization": "Bearer <token>" } (`npm start` prints the demo users\' tokens).',
    "# Reading a client's data needs a purpose: add the header `x-silta-purpose` where the access rules ask for one.",
    "# The Docs pane (the book icon) describes every type, field and argument.",
    "",
    "query MyTeams {",
    "  teams {",
    "    name",
    "  }",
    "}",
    "",
  ].join("\n");

  // A new fetcher for each user, so GraphiQL fetches the schema again as that user.
  function fetcherFor(user) {
    return async function fetcher(params, options) {
      const headers = { "content-type": "application/json", accept: "application/json" };
      if (user) headers.authorization = "Bearer " + user.token;
      Object.assign(headers, (options && options.headers) || {});
      const response = await fetch(settings.graphqlPath, {
        method: "POST",
        headers: headers,
        body: JSON.stringify(params),
        credentials: "omit",
      });
      return response.json();
    };
  }

  function render() {
    for (const button of users.querySelectorAll("button")) {
      button.setAttribute("aria-pressed", String(button.dataset.user === (selected && selected.user)));
    }
    root.render(
      React.createElement(GraphiQL, {
        fetcher: fetcherFor(selected),
        defaultQuery: defaultQuery,
        // Headers typed in the editor may hold tokens: never kept in the browser's storage.
        shouldPersistHeaders: false,
      }),
    );
  }

  if (tokens.length > 0) users.append("Acting as:");
  for (const user of tokens) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = user.user;
    button.title = user.description;
    button.dataset.user = user.user;
    button.addEventListener("click", function pick() {
      selected = user;
      render();
    });
    users.append(button);
  }
  render();
})();
