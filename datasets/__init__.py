"""The bundled Qinzhou-Kuantan dataset, shipped inside the package as ``twinparks.datasets``."""
