import { mount } from '@/src/ui/mount';
import { Privacy } from '@/src/ui/privacy';

mount(<Privacy />, 'privacy.title');
