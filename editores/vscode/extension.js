// Extensión mínima de VS Code: arranca `cobro lsp` por stdio y le pasa los documentos
// de los lenguajes configurados. Todo el trabajo (hallazgos, explicación al pasar el
// ratón, correcciones) lo hace el servidor; aquí solo se conecta.
"use strict";

const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

let cliente;

function activate(contexto) {
  const ajustes = vscode.workspace.getConfiguration("cobro");
  const orden = ajustes.get("ruta", "cobro");
  const lenguajes = ajustes.get("lenguajes", ["markdown", "plaintext", "html"]);
  const servidor = { command: orden, args: ["lsp"], transport: TransportKind.stdio };
  const opciones = {
    documentSelector: lenguajes.map((language) => ({ scheme: "file", language })),
    synchronize: {
      fileEvents: vscode.workspace.createFileSystemWatcher("**/{cobro.toml,.cobro.toml,pyproject.toml}"),
    },
  };
  cliente = new LanguageClient("cobro", "cobro", servidor, opciones);
  contexto.subscriptions.push(cliente);
  return cliente.start();
}

function deactivate() {
  return cliente ? cliente.stop() : undefined;
}

module.exports = { activate, deactivate };
