"""The bundled scenarios, shipped as package data so they are found after any install."""
