// The GraphiQL page of customer-refunds (app/graphiql.py serves the HTML around it).
//
// - Every request goes to this origin's /graphql, with the headers typed in the Headers tab.
// - The schema is loaded again as soon as the headers hold a bearer token, and whenever
//   they change (another token, another X-Entity), so the docs and autocompletion work
//   without pressing "Re-fetch schema".
// - Headers stay in memory unless the user ticks GraphiQL's "Persist headers" setting
//   (shouldPersistHeaders is false by default).
(function () {
  "use strict";
  var React = window.React;
  var GraphiQL = window.GraphiQL;
  var GraphQL = GraphiQL.GraphQL;
  var root = document.getElementById("graphiql");
  var endpoint = root.getAttribute("data-endpoint") || "/graphql";

  // An empty Authorization is "no credentials" to the server (a 401 that costs nothing);
  // "Bearer " alone would count against the address's refused-credentials budget.
  var DEFAULT_HEADERS = '{\n  "Authorization": ""\n}';
  var DEFAULT_QUERY =
    "# In the Headers tab below, set Authorization to \"Bearer <your token>\":\n" +
    "# the schema, the docs and autocompletion then load.\n" +
    "# Add \"X-Entity\": \"US01\" to work inside an entity.\n" +
    "{\n  viewer {\n    user { username }\n    permissions\n    entities { code }\n  }\n}\n";

  var fetcher = GraphiQL.createFetcher({ url: endpoint });
  var explorer = window.GraphiQLPluginExplorer.explorerPlugin();
  var state = { headers: null };

  function parseHeaders(text) {
    try {
      var value = JSON.parse(text || "{}");
      return value && typeof value === "object" && !Array.isArray(value) ? value : null;
    } catch (error) {
      return null;
    }
  }

  function hasToken(headers) {
    for (var name in headers) {
      if (name.toLowerCase() === "authorization") {
        return /^\s*bearer\s+\S+\s*$/i.test(String(headers[name]));
      }
    }
    return false;
  }

  // GraphiQL loads the schema itself (with the headers of the Headers editor) when it
  // starts; this asks it to load it again once the headers hold a token, and whenever they
  // change, as its "Re-fetch GraphQL schema" button would.
  function loadSchema(headersText) {
    var headers = parseHeaders(headersText);
    // Without a token the server would refuse (and count a refused credential): wait.
    if (headers === null || !hasToken(headers)) return;
    var key = JSON.stringify(headers);
    if (key === state.headers) return;
    state.headers = key;
    var refetch = document.querySelector('button[aria-label="Re-fetch GraphQL schema"]');
    if (refetch) refetch.click();
  }

  var timer = null;
  function onEditHeaders(text) {
    clearTimeout(timer);
    timer = setTimeout(function () { loadSchema(text); }, 300);
  }

  // GraphiQL keeps the tabs' headers only when "Persist headers" is on, but its history
  // and favourites keep every run's headers, token included. This storage drops them
  // there too unless the user opted in.
  function storageWithoutHeaders(base) {
    var HISTORY = /^graphiql:(queries|favorites)$/;
    return {
      getItem: function (key) { return base.getItem(key); },
      removeItem: function (key) { return base.removeItem(key); },
      clear: function () { return base.clear(); },
      key: function (index) { return base.key(index); },
      get length() { return base.length; },
      setItem: function (key, value) {
        if (HISTORY.test(key) && base.getItem("graphiql:shouldPersistHeaders") !== "true") {
          try {
            var saved = JSON.parse(value);
            (saved.queries || []).forEach(function (item) { delete item.headers; });
            value = JSON.stringify(saved);
          } catch (error) {
            return undefined; // not what GraphiQL writes there: keep nothing
          }
        }
        return base.setItem(key, value);
      },
    };
  }
  var storage;
  try {
    storage = storageWithoutHeaders(window.localStorage);
  } catch (error) {
    storage = undefined; // no storage in this browser: GraphiQL keeps state in memory
  }

  var reactRoot = window.ReactDOM.createRoot(root);
  function render() {
    reactRoot.render(
      React.createElement(GraphiQL, {
        fetcher: fetcher,
        plugins: [explorer],
        defaultQuery: DEFAULT_QUERY,
        defaultHeaders: DEFAULT_HEADERS,
        defaultEditorToolsVisibility: "headers",
        shouldPersistHeaders: false,
        storage: storage,
        onEditHeaders: onEditHeaders,
      })
    );
  }
  render();
})();
