// The refund workbench: the reference single-page app of the public GraphQL API.
// Plain DOM code, no framework, no build step; every request goes to /graphql (api.js).

import { Api, ApiError, newIdempotencyKey } from "./api.js";

const TOKEN_KEY = "refunds.workbench.token"; // sessionStorage only: gone with the tab
const ENTITY_KEY = "refunds.workbench.entity";

const VIEWER = `{ viewer { user { username displayName } permissions
  menu { key label items { key label } } entities { code name baseCurrency }
  currentEntity { code name baseCurrency } } }`;
const CUSTOMERS = `query Customers($search: String) { customers(first: 20, search: $search) {
  edges { node { id code name status entity { code } } } } }`;
const CUSTOMER = `query Customer($id: ID!, $currency: String) {
  customer(id: $id) { id code name status
    balance { total { amount currency } unavailable reason byCurrency { amount currency } }
    eligibleCredits(currency: $currency) { id kind documentNumber documentDate currency
      openAmount { amount } heldByDrafts { amount } available { amount } } }
  bankAccounts(currency: $currency) { id code name currency } }`;
const ENTRY = `entryDate journalSymbol description
  lines { lineNo debit { amount } credit { amount } memo customerCode glAccount { number title } }`;
const REFUND_FIELDS = `id number state currency paymentDate reference memo version voidDate voidReason
  total { amount currency } customer { id code name } bankAccount { id code name }
  allocations { amount { amount } credit { id documentNumber kind } }
  journalEntry { ${ENTRY} } voidJournalEntry { ${ENTRY} }`;
const REFUND = `query Refund($id: ID!) { refund(id: $id) { ${REFUND_FIELDS} } }`;
const REFUNDS = `query Refunds($state: RefundState) { refunds(first: 50, state: $state) {
  edges { node { id number state paymentDate total { amount currency } customer { code name } } } } }`;
const PAYLOAD = `refund { ${REFUND_FIELDS} } errors { code field message }`;
const CREATE = `mutation CreateRefundDraft($input: RefundDraftInput!, $key: String) {
  createRefundDraft(input: $input, idempotencyKey: $key) { ${PAYLOAD} } }`;
const SET_ALLOCATIONS = `mutation SetRefundAllocations($id: ID!, $version: Int!, $allocations: [RefundAllocationInput!]!) {
  setRefundAllocations(id: $id, version: $version, allocations: $allocations) { ${PAYLOAD} } }`;
const UPDATE = `mutation UpdateRefund($id: ID!, $version: Int!, $input: RefundUpdateInput!) {
  updateRefund(id: $id, version: $version, input: $input) { ${PAYLOAD} } }`;
const POST = `mutation PostRefund($id: ID!, $version: Int, $key: String) {
  postRefund(id: $id, version: $version, idempotencyKey: $key) { ${PAYLOAD} } }`;
const VOID = `mutation VoidRefund($id: ID!, $voidDate: Date!, $reason: String!, $version: Int, $key: String) {
  voidRefund(id: $id, voidDate: $voidDate, reason: $reason, version: $version, idempotencyKey: $key) { ${PAYLOAD} } }`;
const LEDGER = `query ArLedger($customerId: ID!, $dateFrom: Date!, $dateTo: Date!, $currency: String) {
  arLedger(customerId: $customerId, dateFrom: $dateFrom, dateTo: $dateTo, currency: $currency, first: 500) {
    currency openingBalance { amount } closingBalance { amount } customer { id code name }
    lines { kind number date amount { amount } runningBalance { amount } refund { id } }
    pageInfo { hasNextPage } } }`;

const VIEWS = { refunds: "view-refunds", customers: "view-customers", ar_reports: "view-ledger" };

const $ = (id) => document.getElementById(id);
const today = () => new Date().toISOString().slice(0, 10);

const state = {
  api: null,
  viewer: null,
  permissions: new Set(),
  customer: null, // the customer the editor works on
  credits: [],
  editing: null, // the draft being edited: {id, version}
  refund: null, // the refund shown in the detail panel
  ledgerCustomer: null, // {id, code} picked for the ledger
};

// --- Small DOM helpers -------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "className") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children) {
    if (child !== null && child !== undefined) node.append(child);
  }
  return node;
}

function show(node, visible = true) {
  node.hidden = !visible;
}

function status(text) {
  $("status").textContent = text;
}

function banner(text) {
  $("banner-text").textContent = text;
  show($("banner"), Boolean(text));
}

function clearErrors(root = document) {
  for (const node of root.querySelectorAll(".field-error")) node.textContent = "";
  for (const node of root.querySelectorAll("[aria-invalid]")) node.removeAttribute("aria-invalid");
  banner("");
}

// Payload errors next to the field they name ("allocations.1.amount" -> that row's input),
// in ``root``; what names no field shown here goes to the banner.
function showErrors(errors, root, rows = []) {
  const unplaced = [];
  let first = null;
  for (const error of errors) {
    const field = (error.field || "").replace(/^input\./, "");
    let target = null;
    const allocation = field.match(/^allocations\.(\d+)\.(amount|creditId)$/);
    if (allocation && rows[Number(allocation[1])]) {
      target = rows[Number(allocation[1])];
    } else if (field) {
      target = root.querySelector(`.field-error[data-error-for="${CSS.escape(field)}"]`);
    }
    if (!target) {
      unplaced.push(error.message);
      continue;
    }
    target.textContent = error.message;
    const input = target.id ? document.querySelector(`[aria-describedby~="${target.id}"]`) : null;
    const owner = input || root.querySelector(`[data-field="${CSS.escape(field)}"]`);
    if (owner) {
      owner.setAttribute("aria-invalid", "true");
      first = first || owner;
    }
  }
  if (unplaced.length) banner(unplaced.join(" "));
  if (first) first.focus();
}

function failed(error) {
  if (error instanceof ApiError && error.status === 401) {
    signOut();
    banner(`Signed out: ${error.message}`);
    return;
  }
  banner(error.message || String(error));
}

function money(value, currency) {
  return value ? `${value.amount} ${value.currency || currency || ""}`.trim() : "";
}

// Exact decimal sums for the running total (amounts are strings; never floats).
function toMinor(text, places) {
  const match = String(text).trim().match(/^(-?)(\d*)(?:\.(\d*))?$/);
  if (!match || (!match[2] && !match[3])) return null;
  const fraction = (match[3] || "").padEnd(places, "0");
  if (fraction.length > places) return null;
  const minor = BigInt((match[2] || "0") + fraction);
  return match[1] ? -minor : minor;
}

function fromMinor(minor, places) {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(places + 1, "0");
  const whole = places ? `${digits.slice(0, -places)}.${digits.slice(-places)}` : digits;
  return negative ? `-${whole}` : whole;
}

function placesOf(amount) {
  const dot = String(amount).indexOf(".");
  return dot < 0 ? 0 : String(amount).length - dot - 1;
}

// --- Signing in, the entity, the menu ----------------------------------------------------

async function signIn(token, entity) {
  state.api = new Api({ token, entity });
  let data = await state.api.query(VIEWER);
  if (!entity && data.viewer.entities.length && sessionStorage.getItem(ENTITY_KEY) === null) {
    // First sign-in: work in the first entity; "Top level" stays one choice away.
    state.api.entity = data.viewer.entities[0].code;
    data = await state.api.query(VIEWER);
  }
  sessionStorage.setItem(TOKEN_KEY, token);
  sessionStorage.setItem(ENTITY_KEY, state.api.entity || "");
  state.viewer = data.viewer;
  state.permissions = new Set(data.viewer.permissions);
  renderSignedIn();
}

function signOut() {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem(ENTITY_KEY);
  state.api = null;
  state.viewer = null;
  state.permissions = new Set();
  resetEditor();
  show($("detail"), false);
  show($("signed-in"), false);
  show($("who"), false);
  show($("sign-in"), true);
  $("token").value = "";
  $("token").focus();
}

function renderSignedIn() {
  const viewer = state.viewer;
  $("who-name").textContent = `${viewer.user.displayName} (${viewer.user.username})`;
  const select = $("entity");
  select.replaceChildren(el("option", { value: "" }, "Top level"));
  for (const entity of viewer.entities) {
    select.append(el("option", { value: entity.code }, `${entity.code} · ${entity.name} (${entity.baseCurrency})`));
  }
  select.value = state.api.entity || "";
  renderMenu(viewer.menu);
  show($("sign-in"), false);
  show($("who"), true);
  show($("signed-in"), true);
  const refundId = refundFromHash();
  const keys = viewer.menu.flatMap((section) => section.items.map((item) => item.key));
  if (refundId && keys.includes("refunds")) {
    openView("refunds");
    openRefund(refundId);
  } else {
    openView(keys.includes("refunds") ? "refunds" : keys[0]);
  }
}

function renderMenu(menu) {
  const nav = $("menu");
  nav.replaceChildren();
  for (const section of menu) {
    const heading = el("h2", { id: `menu-${section.key}`, className: "menu-section" }, section.label);
    const list = el("ul", { "aria-labelledby": heading.id });
    for (const item of section.items) {
      list.append(
        el("li", {}, el("button", {
          type: "button", className: "menu-item", "data-key": item.key,
          onclick: () => openView(item.key),
        }, item.label)),
      );
    }
    nav.append(heading, list);
  }
}

function openView(key) {
  const label = state.viewer.menu.flatMap((s) => s.items).find((item) => item.key === key)?.label || "";
  for (const view of document.querySelectorAll(".view")) show(view, false);
  for (const button of document.querySelectorAll(".menu-item")) {
    if (button.dataset.key === key) button.setAttribute("aria-current", "page");
    else button.removeAttribute("aria-current");
  }
  const id = VIEWS[key];
  if (id) {
    show($(id), true);
  } else {
    $("other-title").textContent = label;
    show($("view-other"), true);
  }
  if (key === "refunds") loadRefundList();
  if (key === "ar_reports") {
    $("ledger-from").value ||= `${today().slice(0, 4)}-01-01`;
    $("ledger-to").value ||= today();
  }
}

// --- The refunds list ----------------------------------------------------------------------

async function loadRefundList() {
  const stateFilter = $("list-state").value || null;
  try {
    const data = await state.api.query(REFUNDS, { state: stateFilter });
    const body = $("refund-list").tBodies[0];
    body.replaceChildren();
    for (const { node } of data.refunds.edges) {
      const label = node.number || `Draft of ${node.paymentDate}`;
      body.append(el("tr", {},
        el("td", {}, node.number || "—"),
        el("td", {}, node.state),
        el("td", {}, `${node.customer.code} ${node.customer.name}`),
        el("td", {}, node.paymentDate),
        el("td", { className: "num" }, money(node.total)),
        el("td", {}, el("button", {
          type: "button", "aria-label": `Open ${label} (${node.customer.name}, ${money(node.total)})`,
          onclick: () => openFromList(node.id),
        }, "Open")),
      ));
    }
    show($("refund-list-empty"), data.refunds.edges.length === 0);
  } catch (error) {
    failed(error);
  }
}

function openFromList(id) {
  if (refundFromHash() === id) openRefund(id); // the same hash fires no hashchange
  else location.hash = `refund=${encodeURIComponent(id)}`;
}

// --- The editor: customer, balance, currency, credits, allocations -------------------------

function resetEditor() {
  state.customer = null;
  state.credits = [];
  state.editing = null;
  $("currency").disabled = false;
  $("customer-query").value = "";
  $("customer-results").replaceChildren();
  show($("customer-panel"), false);
  show($("editor"), false);
}

function newRefund() {
  resetEditor();
  show($("detail"), false);
  history.replaceState(null, "", location.pathname + location.search);
  $("editor-title").textContent = "New refund";
  show($("editor"), true);
  show($("customer-search"), true);
  $("payment-date").value = today();
  $("reference").value = "";
  $("memo").value = "";
  clearErrors($("editor"));
  $("customer-query").focus();
}

async function searchCustomers(event) {
  event.preventDefault();
  const list = $("customer-results");
  try {
    const data = await state.api.query(CUSTOMERS, { search: $("customer-query").value.trim() || null });
    list.replaceChildren();
    for (const { node } of data.customers.edges) {
      list.append(el("li", {}, el("button", {
        type: "button", onclick: () => pickCustomer(node.id),
      }, `${node.code} · ${node.name}${node.status === "ACTIVE" ? "" : ` (${node.status.toLowerCase()})`}`)));
    }
    if (!data.customers.edges.length) list.append(el("li", { className: "hint" }, "No customer matches."));
    status(`${data.customers.edges.length} customers found.`);
  } catch (error) {
    failed(error);
  }
}

async function pickCustomer(id, currency = null, draft = null) {
  clearErrors($("editor"));
  try {
    const data = await state.api.query(CUSTOMER, { id, currency });
    if (!data.customer) {
      banner("That customer is not visible here.");
      return;
    }
    state.customer = data.customer;
    $("customer-results").replaceChildren();
    $("customer-name").textContent = data.customer.name;
    $("customer-code").textContent = data.customer.code;
    const balance = data.customer.balance;
    $("balance-total").textContent = balance.total
      ? money(balance.total)
      : `Not shown: ${balance.reason || balance.unavailable || "unavailable"}`;
    $("balance-by-currency").textContent = balance.byCurrency.map((m) => money(m)).join(", ") || "nothing open";
    const chosen = currency || state.viewer.currentEntity?.baseCurrency
      || data.customer.eligibleCredits?.[0]?.currency || balance.byCurrency[0]?.currency || "";
    const currencies = new Set([chosen, ...balance.byCurrency.map((m) => m.currency)].filter(Boolean));
    const select = $("currency");
    select.replaceChildren(...[...currencies].sort().map((code) => el("option", { value: code }, code)));
    select.value = chosen;
    if (!currency && chosen) {
      // The credits above came in the scope's base currency; ask again for the one shown.
      return pickCustomer(id, chosen, draft);
    }
    renderCredits(data.customer.eligibleCredits || [], draft);
    const banks = $("bank-account");
    banks.replaceChildren(el("option", { value: "" }, "Choose…"),
      ...data.bankAccounts.map((b) => el("option", { value: b.id }, `${b.code} · ${b.name} (${b.currency})`)));
    if (draft) banks.value = draft.bankAccount.id;
    else if (data.bankAccounts.length === 1) banks.value = data.bankAccounts[0].id;
    show($("customer-panel"), true);
    status(`${data.customer.name}: ${state.credits.length} eligible credits in ${chosen}.`);
  } catch (error) {
    failed(error);
  }
}

function renderCredits(credits, draft) {
  state.credits = credits;
  const mine = new Map((draft?.allocations || []).map((a) => [a.credit.id, a.amount.amount]));
  const body = $("credits").tBodies[0];
  body.replaceChildren();
  credits.forEach((credit, index) => {
    const inputId = `allocation-${index}`;
    const errorId = `allocation-${index}-error`;
    const input = el("input", {
      id: inputId, type: "text", inputmode: "decimal", autocomplete: "off",
      className: "amount", "data-credit-id": credit.id, "aria-describedby": errorId,
      placeholder: "0.00",
    });
    input.value = mine.get(credit.id) || "";
    input.addEventListener("input", updateTotal);
    const full = el("button", {
      type: "button", className: "small", "aria-label": `Refund all of ${credit.documentNumber}`,
      onclick: () => {
        // A draft being edited may take back what it holds itself.
        const own = toMinor(mine.get(credit.id) || "0", placesOf(credit.available.amount));
        const available = toMinor(credit.available.amount, placesOf(credit.available.amount));
        input.value = fromMinor(available + own, placesOf(credit.available.amount));
        updateTotal();
        input.focus();
      },
    }, "Full");
    // data-label: on a narrow screen each credit becomes a card of labelled values.
    body.append(el("tr", { "data-credit-id": credit.id },
      el("th", { scope: "row" }, credit.documentNumber),
      el("td", { "data-label": "Kind" }, credit.kind.toLowerCase().replace("_", " ")),
      el("td", { "data-label": "Date" }, credit.documentDate),
      el("td", { className: "num", "data-label": "Open" }, credit.openAmount.amount),
      el("td", { className: "num", "data-label": "Held" }, credit.heldByDrafts.amount),
      el("td", { className: "num", "data-label": "Available" }, credit.available.amount),
      el("td", { className: "allocate", "data-label": "Refund" },
        el("label", { for: inputId, className: "sr" }, `Amount to refund from ${credit.documentNumber}`),
        input, full,
        el("span", { id: errorId, className: "field-error", "aria-live": "polite" })),
    ));
  });
  show($("credits-empty"), credits.length === 0);
  updateTotal();
}

function updateTotal() {
  const places = state.credits.length ? placesOf(state.credits[0].available.amount) : 2;
  let total = 0n;
  for (const input of document.querySelectorAll("#credits input.amount")) {
    const minor = input.value.trim() ? toMinor(input.value, places) : 0n;
    if (minor === null) {
      $("refund-total").textContent = "—";
      return;
    }
    total += minor;
  }
  $("refund-total").textContent = `${fromMinor(total, places)} ${$("currency").value}`;
}

function allocationsOfForm() {
  const allocations = [];
  const rows = [];
  for (const input of document.querySelectorAll("#credits input.amount")) {
    if (!input.value.trim()) continue;
    allocations.push({ creditId: input.dataset.creditId, amount: input.value.trim() });
    rows.push(document.getElementById(input.getAttribute("aria-describedby")));
  }
  return { allocations, rows };
}

async function saveDraft(event) {
  event.preventDefault();
  clearErrors($("editor"));
  if (!state.customer) return;
  const { allocations, rows } = allocationsOfForm();
  const header = {
    bankAccountId: $("bank-account").value || null,
    paymentDate: $("payment-date").value || null,
    reference: $("reference").value,
    memo: $("memo").value,
  };
  const button = $("save-draft");
  button.disabled = true;
  try {
    let payload;
    if (state.editing) {
      // Allocations, then the header, each against the version the draft had.
      payload = await state.api.mutate(SET_ALLOCATIONS,
        { id: state.editing.id, version: state.editing.version, allocations });
      if (!payload.errors.length && payload.refund) {
        payload = await state.api.mutate(UPDATE,
          { id: payload.refund.id, version: payload.refund.version, input: header });
      }
    } else {
      const missing = [];
      if (!header.bankAccountId) missing.push({ field: "bankAccountId", message: "Choose the bank account the money left from." });
      if (!header.paymentDate) missing.push({ field: "paymentDate", message: "Enter the date the money left." });
      if (missing.length) {
        showErrors(missing, $("editor"));
        return;
      }
      const input = { customerId: state.customer.id, currency: $("currency").value, ...header, allocations };
      // One key for this press of the button, sent again on every retry of it.
      payload = await state.api.mutate(CREATE, { input }, newIdempotencyKey());
    }
    if (payload.errors.length) {
      showErrors(payload.errors, $("editor"), rows);
      return;
    }
    status(`Draft saved: ${money(payload.refund.total)}.`);
    loadRefundList();
    resetEditor();
    location.hash = `refund=${encodeURIComponent(payload.refund.id)}`;
    if (refundFromHash() === payload.refund.id) showRefund(payload.refund);
  } catch (error) {
    failed(error);
  } finally {
    button.disabled = false;
  }
}

// --- One refund: details, journal entry, post, void ----------------------------------------

function refundFromHash() {
  const match = location.hash.match(/^#refund=(.+)$/);
  return match ? decodeURIComponent(match[1]) : null;
}

async function openRefund(id) {
  try {
    const data = await state.api.query(REFUND, { id });
    if (!data.refund) {
      banner("That refund is not visible here (another entity, or it was deleted).");
      return;
    }
    showRefund(data.refund);
  } catch (error) {
    failed(error);
  }
}

function renderEntry(entry, table, caption, label) {
  $(caption).textContent = `${label}: ${entry.journalSymbol} ${entry.entryDate} · ${entry.description}`;
  table.tBodies[0].replaceChildren(...entry.lines.map((line) => el("tr", {},
    el("td", {}, `${line.glAccount.number} ${line.glAccount.title}${line.customerCode ? ` (${line.customerCode})` : ""}`),
    el("td", { className: "num" }, line.debit.amount === "0.00" || Number(line.debit.amount) === 0 ? "" : line.debit.amount),
    el("td", { className: "num" }, Number(line.credit.amount) === 0 ? "" : line.credit.amount),
    el("td", {}, line.memo),
  )));
}

function showRefund(refund) {
  state.refund = refund;
  show($("editor"), false);
  clearErrors($("detail"));
  $("detail-title").textContent = refund.number ? `Refund ${refund.number}` : "Draft refund";
  $("detail-number").textContent = refund.number || "assigned when posted";
  $("detail-state").textContent = refund.state;
  $("detail-customer").textContent = `${refund.customer.code} · ${refund.customer.name}`;
  $("detail-bank").textContent = `${refund.bankAccount.code} · ${refund.bankAccount.name}`;
  $("detail-date").textContent = refund.paymentDate;
  $("detail-total").textContent = money(refund.total);
  $("detail-reference").textContent = refund.reference || "—";
  const voided = refund.state === "VOIDED";
  show($("detail-void-label"), voided);
  show($("detail-void"), voided);
  $("detail-void").textContent = voided ? `${refund.voidDate}: ${refund.voidReason}` : "";
  const rows = (refund.allocations || []).map((a, index) => el("tr", {},
    el("th", { scope: "row" }, a.credit.documentNumber),
    el("td", {}, a.credit.kind.toLowerCase().replace("_", " ")),
    el("td", { className: "num" }, a.amount.amount,
      el("span", { className: "field-error", id: `detail-allocation-${index}-error` })),
  ));
  $("detail-allocations").tBodies[0].replaceChildren(...rows);
  show($("journal"), Boolean(refund.journalEntry));
  if (refund.journalEntry) renderEntry(refund.journalEntry, $("journal-lines"), "journal-caption", "Journal entry");
  show($("void-journal"), Boolean(refund.voidJournalEntry));
  if (refund.voidJournalEntry) {
    renderEntry(refund.voidJournalEntry, $("void-journal-lines"), "void-journal-caption", "Reversing entry");
  }
  const draft = refund.state === "DRAFT";
  show($("edit-draft"), draft && state.permissions.has("REFUNDS_EDIT"));
  show($("post-refund"), draft && state.permissions.has("REFUNDS_POST"));
  show($("show-ledger"), !draft && state.permissions.has("REPORTS_READ"));
  show($("void-form"), refund.state === "POSTED" && state.permissions.has("REFUNDS_VOID"));
  $("void-date").value ||= today();
  show($("detail"), true);
  $("detail-title").setAttribute("tabindex", "-1");
  $("detail-title").focus();
  status(`${$("detail-title").textContent}: ${refund.state.toLowerCase()}, ${money(refund.total)}.`);
}

function editDraft() {
  const refund = state.refund;
  resetEditor();
  state.editing = { id: refund.id, version: refund.version };
  $("editor-title").textContent = "Edit draft refund";
  show($("customer-search"), false);
  $("payment-date").value = refund.paymentDate;
  $("reference").value = refund.reference;
  $("memo").value = refund.memo;
  show($("editor"), true);
  show($("detail"), false);
  pickCustomer(refund.customer.id, refund.currency, refund).then(() => {
    $("currency").disabled = true;
    document.querySelector("#credits input.amount")?.focus();
  });
}

async function postRefund() {
  const refund = state.refund;
  clearErrors($("detail"));
  const button = $("post-refund");
  button.disabled = true;
  try {
    const payload = await state.api.mutate(POST, { id: refund.id, version: refund.version }, newIdempotencyKey());
    const rows = (refund.allocations || []).map((_, index) => $(`detail-allocation-${index}-error`));
    if (payload.errors.length) {
      showErrors(payload.errors, $("detail"), rows);
      return;
    }
    if (payload.refund) showRefund(payload.refund);
    status(`Posted as ${payload.refund?.number}.`);
    loadRefundList();
  } catch (error) {
    failed(error);
  } finally {
    button.disabled = false;
  }
}

async function voidRefund(event) {
  event.preventDefault();
  const refund = state.refund;
  clearErrors($("detail"));
  const button = $("void-refund");
  button.disabled = true;
  try {
    const payload = await state.api.mutate(VOID, {
      id: refund.id, version: refund.version, voidDate: $("void-date").value, reason: $("void-reason").value,
    }, newIdempotencyKey());
    if (payload.errors.length) {
      showErrors(payload.errors, $("void-form"));
      return;
    }
    $("void-reason").value = "";
    if (payload.refund) showRefund(payload.refund);
    status(`Voided ${payload.refund?.number}.`);
    loadRefundList();
  } catch (error) {
    failed(error);
  } finally {
    button.disabled = false;
  }
}

// --- The AR ledger --------------------------------------------------------------------------

function ledgerForRefund() {
  const refund = state.refund;
  state.ledgerCustomer = { id: refund.customer.id, code: refund.customer.code };
  $("ledger-customer").value = refund.customer.code;
  $("ledger-currency").value = refund.currency;
  $("ledger-from").value = `${refund.paymentDate.slice(0, 4)}-01-01`;
  $("ledger-to").value = [today(), refund.paymentDate, refund.voidDate || ""].sort().at(-1);
  openView("ar_reports");
  showLedger();
}

async function showLedger(event) {
  event?.preventDefault();
  const form = $("ledger-form");
  clearErrors(form);
  const text = $("ledger-customer").value.trim();
  try {
    let customerId = state.ledgerCustomer?.code === text ? state.ledgerCustomer.id : null;
    if (!customerId) {
      const found = await state.api.query(CUSTOMERS, { search: text });
      const match = found.customers.edges.find(({ node }) => node.code.toLowerCase() === text.toLowerCase())
        || found.customers.edges[0];
      if (!match) {
        showErrors([{ field: "customerId", message: "No customer matches." }], form);
        return;
      }
      state.ledgerCustomer = { id: match.node.id, code: match.node.code };
      customerId = match.node.id;
    }
    const data = await state.api.query(LEDGER, {
      customerId, dateFrom: $("ledger-from").value, dateTo: $("ledger-to").value,
      currency: $("ledger-currency").value.trim().toUpperCase() || null,
    });
    const ledger = data.arLedger;
    $("ledger-heading").textContent = `${ledger.customer.code} · ${ledger.customer.name}, ${ledger.currency}: `
      + `opening balance ${ledger.openingBalance.amount}${ledger.pageInfo.hasNextPage ? " (first 500 lines)" : ""}`;
    const highlight = state.refund?.id;
    $("ledger-lines").tBodies[0].replaceChildren(...ledger.lines.map((line) => el("tr", {
      className: highlight && line.refund?.id === highlight ? "current" : null,
    },
    el("td", {}, line.date),
    el("td", {}, line.kind.toLowerCase().replace("_", " ")),
    el("td", {}, line.refund && state.permissions.has("REFUNDS_LIST")
      ? el("a", { href: `#refund=${encodeURIComponent(line.refund.id)}` }, line.number || "")
      : line.number || ""),
    el("td", { className: "num" }, line.amount.amount),
    el("td", { className: "num" }, line.runningBalance.amount),
    )));
    $("ledger-closing").textContent = ledger.closingBalance.amount;
    show($("ledger"), true);
    status(`AR ledger: ${ledger.lines.length} lines.`);
  } catch (error) {
    if (error instanceof ApiError && error.status !== 401 && error.code) {
      // Report arguments the server refused (dates, currency) next to their input.
      showErrors([{ field: error.field, message: error.message }], form);
    } else {
      failed(error);
    }
  }
}

// --- Wiring ---------------------------------------------------------------------------------

function start() {
  $("sign-in-form").addEventListener("submit", async (event) => {
    event.preventDefault();
    clearErrors();
    const token = $("token").value.trim();
    if (!token) return;
    try {
      await signIn(token, sessionStorage.getItem(ENTITY_KEY) || null);
    } catch (error) {
      banner(error.message);
    }
  });
  $("sign-out").addEventListener("click", signOut);
  $("banner-close").addEventListener("click", () => banner(""));
  $("entity").addEventListener("change", async () => {
    const previous = state.api.entity || "";
    resetEditor();
    show($("detail"), false);
    history.replaceState(null, "", location.pathname + location.search);
    try {
      sessionStorage.setItem(ENTITY_KEY, $("entity").value);
      await signIn(state.api.token, $("entity").value || null);
    } catch (error) {
      // Not allowed there (ENTITY_FORBIDDEN...): stay where we were.
      sessionStorage.setItem(ENTITY_KEY, previous);
      state.api.entity = previous || null;
      $("entity").value = previous;
      failed(error);
    }
  });
  $("list-state").addEventListener("change", loadRefundList);
  $("list-refresh").addEventListener("click", loadRefundList);
  $("new-refund").addEventListener("click", newRefund);
  $("customer-search").addEventListener("submit", searchCustomers);
  $("currency").addEventListener("change", () => {
    if (state.customer && !state.editing) pickCustomer(state.customer.id, $("currency").value);
  });
  $("refund-form").addEventListener("submit", saveDraft);
  $("cancel-edit").addEventListener("click", () => {
    const editing = state.editing;
    resetEditor();
    if (editing) openRefund(editing.id);
    else $("new-refund").focus();
  });
  $("edit-draft").addEventListener("click", editDraft);
  $("post-refund").addEventListener("click", postRefund);
  $("void-form").addEventListener("submit", voidRefund);
  $("show-ledger").addEventListener("click", ledgerForRefund);
  $("ledger-form").addEventListener("submit", showLedger);
  window.addEventListener("hashchange", () => {
    const id = refundFromHash();
    if (id && state.api) {
      openView("refunds");
      openRefund(id);
    }
  });

  const token = sessionStorage.getItem(TOKEN_KEY);
  if (token) {
    signIn(token, sessionStorage.getItem(ENTITY_KEY) || null).catch((error) => {
      signOut();
      banner(error.message);
    });
  } else {
    $("token").focus();
  }
}

start();
