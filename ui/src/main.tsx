import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { AppProviders, createQueryClient } from "./App";
import { createI18n } from "./i18n/i18n";
import { AppRoutes } from "./routes";
import "./styles.css";

const root = document.getElementById("root");
if (!root) throw new Error("index.html has no #root");
createRoot(root).render(
  <StrictMode>
    <AppProviders i18n={createI18n("fi")} queryClient={createQueryClient()}>
      <BrowserRouter basename="/app">
        <AppRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
