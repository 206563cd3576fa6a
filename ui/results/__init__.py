"""Result pages: summary, production, lanes and flows, demand, bottlenecks."""
