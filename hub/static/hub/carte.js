// Les départements de la carte (DSFR Chart, map-chart) mènent à leur espace : un clic sur l'un d'eux
// ouvre /departements/{code}. Le tableau qui suit la carte donne les mêmes liens au clavier.
const DEPARTEMENT = /^FR-([0-9]{2,3}|2[AB])$/;

for (const carte of document.querySelectorAll("[data-liens-departements] map-chart")) {
  // Capture phase: the click is taken before the map's own handler (a zoom on the département,
  // which the page replaces by the département's space).
  carte.addEventListener(
    "click",
    (evenement) => {
      for (const cible of evenement.composedPath()) {
        const code = cible instanceof SVGElement ? DEPARTEMENT.exec(cible.getAttribute("class") || "") : null;
        if (code) {
          evenement.stopPropagation();
          window.location.assign(`/departements/${code[1]}`);
          return;
        }
      }
    },
    { capture: true },
  );
}
